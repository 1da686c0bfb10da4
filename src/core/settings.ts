import { z } from 'zod';
import { cleanLine } from './text';

/** A profile field: trimmed, and empty text clears it (null). */
const profileText = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .transform((value) => cleanLine(value) ?? null)
    .nullable();

const profileEmail = z
  .string()
  .trim()
  .max(254)
  .refine((value) => value === '' || z.email().safeParse(value).success, {
    message: 'must be an email address like ana@example.com',
  })
  .transform((value) => value || null)
  .nullable();

/** Who the user is, as drafts introduce them. */
export const ProfileSchema = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  /** One line about themselves: "a final-year economics student at Leeds". */
  summary: z.string().nullable(),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const SettingsSchema = z.object({
  profile: ProfileSchema,
  /** IANA name: decides the day every action falls on. */
  timeZone: z.string(),
  /** The playbook new interviews start with. */
  playbookId: z.string(),
  /** `/calendar/<secret>.ics`; anyone holding it can read the feed, so it can be rotated. */
  calendarFeedPath: z.string(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const SettingsPatchSchema = z.strictObject({
  profile: z
    .strictObject({
      name: profileText(200).optional(),
      email: profileEmail.optional(),
      summary: profileText(300).optional(),
    })
    .optional(),
  timeZone: z.string().min(1).max(100).optional(),
  playbookId: z.string().min(1).max(60).optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
