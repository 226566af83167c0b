import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, type DocumentNode, Kind, validate } from 'graphql';
import * as account from '../modules/account/graphql/account.graphql';
import * as invitation from '../modules/account/graphql/invitation.graphql';
import * as profile from '../modules/account/graphql/profile.graphql';
import * as adminFeedback from '../modules/admin/graphql/feedback.graphql';
import * as adminInvitations from '../modules/admin/graphql/invitations.graphql';
import * as mailbox from '../modules/admin/graphql/mailbox.graphql';
import * as users from '../modules/admin/graphql/users.graphql';
import * as feedback from '../modules/legal/graphql/feedback.graphql';
import * as municipalities from '../modules/municipalities/graphql/municipalities.graphql';
import * as practiceEditor from '../modules/practice-editor/graphql/editor.graphql';
import * as managedPractices from '../modules/practice-editor/graphql/managed.graphql';
import * as practiceRevisions from '../modules/practice-editor/graphql/revisions.graphql';
import * as practiceAdoptions from '../modules/practices/graphql/adoptions.graphql';
import * as latestPractices from '../modules/practices/graphql/latest.graphql';
import * as practices from '../modules/practices/graphql/practices.graphql';
import * as programmes from '../modules/programmes/graphql/programmes.graphql';
import * as site from '../modules/site/graphql/siteInfo.graphql';
import * as discussions from '../modules/discussions/graphql/discussions.graphql';
import * as moderateThreads from '../modules/discussions/graphql/moderate.graphql';
import * as notifications from '../modules/notifications/graphql/notifications.graphql';
import * as messages from '../modules/messages/graphql/messages.graphql';
import * as moderation from '../modules/moderation/graphql/moderation.graphql';
import * as search from '../modules/search/graphql/search.graphql';
import * as searchSuggestions from '../modules/search/graphql/suggestions.graphql';

// The API keeps libs/graphql-schema/schema.graphql equal to its real schema (a test there fails
// otherwise), so validating our operations against it catches contract drift in either app.
const schema = buildSchema(readFileSync(resolve(process.cwd(), '../../libs/graphql-schema/schema.graphql'), 'utf8'));

const operations = Object.entries({
  ...account,
  ...invitation,
  ...profile,
  ...adminFeedback,
  ...adminInvitations,
  ...mailbox,
  ...users,
  ...feedback,
  ...municipalities,
  ...practiceEditor,
  ...managedPractices,
  ...practiceRevisions,
  ...practices,
  ...practiceAdoptions,
  ...latestPractices,
  ...programmes,
  ...site,
  ...discussions,
  ...moderateThreads,
  ...notifications,
  ...messages,
  ...moderation,
  ...search,
  ...searchSuggestions,
}).filter(
  (entry): entry is [string, DocumentNode] => typeof entry[1] === 'object' && (entry[1] as DocumentNode)?.kind === Kind.DOCUMENT,
);

describe('GraphQL operations of the web app', () => {
  it('finds the operations to check', () => {
    expect(operations.length).toBeGreaterThanOrEqual(110);
  });

  it.each(operations)('%s is valid against the API schema', (_name, document) => {
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });
});
