export * from './audit.ts';
export * from './membership.ts';
export * from './org-unit.ts';
export * from './tenant.ts';
export * from './user.ts';
