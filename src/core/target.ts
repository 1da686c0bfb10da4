import { z } from 'zod';
import { MAX_ID, idNumber } from './validation';
import type { Relationship } from './person';

export const TARGET_KINDS = ['organization', 'role', 'field'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

const motivation = z
  .number()
  .int()
  .min(1, 'motivation is 1 (curious) to 5 (dream)')
  .max(5, 'motivation is 1 (curious) to 5 (dream)');
const posting = z
  .number()
  .int()
  .min(0, 'posting is 0 (none) to 3 (a role that fits)')
  .max(3, 'posting is 0 (none) to 3 (a role that fits)');
const notes = z
  .string()
  .max(5000)
  .transform((value) => (value.trim() ? value : null))
  .nullable()
  .optional();

/** A new target: an organization (by id or by name) or a role or field (by its words). */
export const TargetInputSchema = z
  .strictObject({
    kind: z.enum(TARGET_KINDS),
    organizationId: idNumber().optional(),
    organization: z.string().trim().min(1).max(200).optional(),
    label: z.string().trim().min(1).max(200).optional(),
    motivation,
    posting: posting.default(0),
    notes,
  })
  .refine((input) => input.kind !== 'organization' || input.organizationId || input.organization, {
    message: 'name the organization (organizationId or organization)',
    path: ['organization'],
  })
  .refine((input) => input.kind === 'organization' || input.label, {
    message: 'name the role or field, e.g. "UX research"',
    path: ['label'],
  });
export type TargetInput = z.infer<typeof TargetInputSchema>;

export const TargetPatchSchema = z.strictObject({
  version: z
    .number({ error: 'version is required (the version you last read)' })
    .int()
    .positive()
    .max(MAX_ID),
  label: z.string().trim().min(1).max(200).optional(),
  motivation: motivation.optional(),
  posting: posting.optional(),
  notes,
});
export type TargetPatch = z.infer<typeof TargetPatchSchema>;

export const TargetSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  kind: z.enum(TARGET_KINDS),
  organizationId: z.number().int().nullable(),
  label: z.string(),
  motivation: z.number().int(),
  posting: z.number().int(),
  /** Derived: how many people the user knows there (or in that role or field). */
  advocacy: z.number().int(),
  notes: z.string().nullable(),
  /** 1 = work on this first. */
  rank: z.number().int(),
  /** One of the five to work on first. */
  top: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Target = z.infer<typeof TargetSchema>;

export const TOP_TARGETS = 5;

/**
 * Orders targets the way the method does: most wanted first, then where a role is posted, then
 * where someone can advocate for you; the first five are the ones to work on now.
 */
export function rankTargets<T extends Omit<Target, 'rank' | 'top'>>(
  targets: T[],
): (T & { rank: number; top: boolean })[] {
  return [...targets]
    .sort(
      (a, b) =>
        b.motivation - a.motivation ||
        b.posting - a.posting ||
        Math.min(b.advocacy, 1) - Math.min(a.advocacy, 1) ||
        b.advocacy - a.advocacy ||
        a.label.localeCompare(b.label),
    )
    .map((target, index) => ({ ...target, rank: index + 1, top: index < TOP_TARGETS }));
}

/** How warm a relationship is: family and friends before colleagues before strangers. */
const WARMTH: Record<Relationship, number> = {
  family: 9,
  friend: 8,
  coworker: 7,
  classmate: 6,
  alumni: 5,
  association: 4,
  referral: 4,
  linkedin: 2,
  other: 1,
  cold: 0,
};

export function warmth(relationship: Relationship | null): number {
  return relationship ? WARMTH[relationship] : 1;
}
