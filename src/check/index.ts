/** The check engine: a registry of rules run over the loaded claims, captures and anchors. */
export { defineRule, type Report, type ReportAt, type RuleDeclaration } from './define-rule.js';
export { captureState, captureVerdict, type CaptureState } from './capture-state.js';
export { RULES } from './rules/index.js';
export { type CheckCacheOptions } from './cache.js';
export { buildContext, runCheck, type CheckOptions, type CheckResult, type CheckStats } from './run.js';
export type { ClaimSourceState, Rule, RuleContext } from './types.js';
