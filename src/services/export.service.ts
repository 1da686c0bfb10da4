import { z } from 'zod';
import { parseInput } from '#core/validation';
import { peopleToVcard } from '#formats/vcard-export';
import { peopleToCsv } from '#formats/wayfinder-csv';
import { listPeople } from '#store/person-query.store';
import type { ServiceContext } from './context';
import { readExecutor } from './paging';

export const EXPORT_FORMATS = ['vcard', 'csv'] as const;

export const ExportOptionsSchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS, { error: 'format must be vcard or csv' }),
  archived: z.enum(['true', 'false', 'all']).default('false'),
});

export type ExportFile = { fileName: string; contentType: string; body: string; count: number };

/** Everyone in the network as a vCard 4.0 or Wayfinder CSV file, ordered by name. */
export async function exportPeople(ctx: ServiceContext, rawOptions: unknown): Promise<ExportFile> {
  const options = parseInput(ExportOptionsSchema, rawOptions, 'export options');
  const people = await listPeople(readExecutor(ctx), ctx.userId, {
    terms: [],
    archived: options.archived,
    limit: Number.MAX_SAFE_INTEGER,
    offset: 0,
  });
  const day = ctx.clock.now().toISOString().slice(0, 10);
  return options.format === 'vcard'
    ? {
        fileName: `wayfinder-people-${day}.vcf`,
        contentType: 'text/vcard; charset=utf-8',
        body: peopleToVcard(people),
        count: people.length,
      }
    : {
        fileName: `wayfinder-people-${day}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: peopleToCsv(people),
        count: people.length,
      };
}
