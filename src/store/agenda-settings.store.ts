import type { ActionDecision } from '#core/cadence/types';
import type { Playbook } from '#core/playbook';
import { ownerRead } from './compiled';
import type { Executor } from './database';
import { PLAYBOOK_COLUMNS, playbookRowsQuery, toPlaybook } from './playbook.store';
import { SETTINGS_COLUMNS, settingsOf, settingsQuery, type SettingsRow } from './settings.store';
import { DECISION_COLUMNS, decisionsQuery, toDecision } from './timeline.store';
import { jsonTuplesOf, rowsOfJsonTuples } from './tuples';

/**
 * What an agenda is worked out with besides the data: the user's decisions, settings and own
 * playbooks, in one statement. As three, each was one more round trip that could wait for a
 * busy database before the keep-in-touch read, which needs all three, could start.
 */
export async function readAgendaSettings(
  tx: Executor,
  ownerId: number,
): Promise<{ decisions: ActionDecision[]; settings: SettingsRow; playbooks: Playbook[] }> {
  const [row] = await readAll(tx, ownerId);
  return {
    decisions: rowsOfJsonTuples<Parameters<typeof toDecision>[0]>(
      row!.decisions,
      DECISION_COLUMNS,
    ).map(toDecision),
    settings: settingsOf(rowsOfJsonTuples<SettingsRow>(row!.settings, SETTINGS_COLUMNS)[0]),
    playbooks: rowsOfJsonTuples<Parameters<typeof toPlaybook>[0]>(
      row!.playbooks,
      PLAYBOOK_COLUMNS,
    ).map(toPlaybook),
  };
}

const readAll = ownerRead((tx, ownerId) =>
  tx.kysely.selectNoFrom([
    jsonTuplesOf(tx, decisionsQuery(tx, ownerId), DECISION_COLUMNS, 'id').as('decisions'),
    jsonTuplesOf(tx, settingsQuery(tx, ownerId), SETTINGS_COLUMNS).as('settings'),
    jsonTuplesOf(tx, playbookRowsQuery(tx, ownerId), PLAYBOOK_COLUMNS, 'id').as('playbooks'),
  ]),
);
