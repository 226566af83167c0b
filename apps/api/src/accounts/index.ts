// The public face of the accounts feature: other features import from here only.
export { AccountsModule } from './accounts.module.js';
export { AccountsService, normalizeEmail, PRIVACY_NOTICE_VERSION } from './accounts.service.js';
export { Me, Membership, MembershipRoleEnum, UserRoleEnum } from './account.types.js';
export { checkPasswordStrength, hashPassword } from './password.js';
