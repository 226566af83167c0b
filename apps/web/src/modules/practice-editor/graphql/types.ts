import type {
  EditorAttachmentFieldsFragment,
  PracticeEditorFieldsFragment,
  PracticeEditorQuery,
  PracticeRevisionsQuery,
  PracticeRowFieldsFragment,
} from '../../../graphql/generated';

/** A practice with every editable field as stored (fragment `PracticeEditorFields`). */
export type EditorPractice = PracticeEditorFieldsFragment;
export type EditorAttachment = EditorAttachmentFieldsFragment;
export type EditorTopic = PracticeEditorQuery['topics'][number];
export type PracticeRow = PracticeRowFieldsFragment;
export type PracticeRevision = PracticeRevisionsQuery['practice']['revisions'][number];
