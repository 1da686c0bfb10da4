import { z } from 'zod';

/** One endpoint as the OpenAPI document describes it, from the zod schemas that validate it. */
export type Operation = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  tag: string;
  summary: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The body is a file's raw bytes rather than JSON. */
  fileBody?: boolean;
  response?: z.ZodType;
  /** The answer is a file of this type rather than JSON. */
  fileResponse?: string;
  /** `{id}` is a text id (a playbook's) rather than a number. */
  textId?: boolean;
  status?: number;
  errors?: number[];
};

/** A page of a list, with the cursor of the next one. */
export const pageOf = (item: z.ZodType) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
