import { html, raw } from 'hono/html';
import type { openApiDocument } from './openapi';

type Document = ReturnType<typeof openApiDocument>;
type OperationDoc = {
  tags: string[];
  summary: string;
  parameters?: { name: string; in: string; schema: unknown }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
};

/** The media types and schemas of a body, as readable text. */
function describeContent(content: Record<string, { schema: unknown }>) {
  return Object.entries(content)
    .map(([type, { schema }]) => `${type}\n${JSON.stringify(schema, null, 2)}`)
    .join('\n\n');
}

/** A readable, self-contained reference page for the API (no scripts, so the CSP stays strict). */
export function apiReferencePage(doc: Document) {
  const sections = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, OperationDoc>).map(
      ([method, op]) =>
        html` <section id="${method}-${path}">
          <h2>
            <span class="method ${method}">${method.toUpperCase()}</span> <code>${path}</code>
          </h2>
          <p>${op.summary}</p>
          ${
            op.parameters?.length
              ? html`<h3>Parameters</h3>
                  <ul>
                    ${op.parameters.map(
                      (p) =>
                        html`<li>
                          <code>${p.name}</code> (${p.in})
                          <small>${JSON.stringify(p.schema)}</small>
                        </li>`,
                    )}
                  </ul>`
              : ''
          }
          ${
            op.requestBody
              ? html`<h3>Body</h3>
                  <details>
                    <summary>schema</summary>
                    <pre>${describeContent(op.requestBody.content)}</pre>
                  </details>`
              : ''
          }
          <h3>Responses</h3>
          <ul>
            ${Object.entries(op.responses).map(
              ([status, r]) =>
                html`<li>
                  <strong>${status}</strong> ${r.description}${
                    r.content
                      ? html` <details>
                          <summary>schema</summary>
                          <pre>${describeContent(r.content)}</pre>
                        </details>`
                      : ''
                  }
                </li>`,
            )}
          </ul>
        </section>`,
    ),
  );
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${doc.info.title} reference</title>
        <style>
          ${raw(STYLE)}
        </style>
      </head>
      <body>
        <main>
          <h1>${doc.info.title} <small>${doc.info.version}</small></h1>
          <p>${doc.info.description}</p>
          <p>
            Machine-readable description: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI
            3.1).
          </p>
          ${sections}
        </main>
      </body>
    </html>`;
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f8f9fa;color:#212529}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
section{background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:0.5rem 1.25rem;margin:1rem 0}
h2{font-size:1.1rem}h3{font-size:0.95rem;margin-bottom:0.25rem}
.method{display:inline-block;min-width:4.5rem;text-align:center;border-radius:4px;color:#fff;padding:0 .4rem;font-size:.85rem}
.get{background:#1c7ed6}.post{background:#2f9e44}.patch,.put{background:#e8590c}.delete{background:#c92a2a}
pre{background:#f1f3f5;padding:.75rem;overflow:auto;font-size:.8rem}
@media (prefers-color-scheme: dark){body{background:#1a1b1e;color:#e9ecef}section{background:#25262b;border-color:#373a40}pre{background:#2c2e33}}
`;
