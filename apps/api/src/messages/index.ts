// The public face of the messages feature: other features import from here only.
export { MessagesModule } from './messages.module.js';
export { MessageService } from './message.service.js';
export { PersonRef, personRef } from '../core/graphql/person-ref.js';
