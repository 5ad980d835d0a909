/**
 * The one rule for the id of a filed claim: `<subject>/<outlet>` (`access-count/朝日新聞`), the
 * outlet's white space as `-` and its brackets left out (`(unattributed)` → `unattributed`),
 * numbered `-2`, `-3` … when the id is taken. `add` and review's Inbox both name claims so.
 */
export function claimIdFor(subjectId: string, outlet: string, taken: ReadonlySet<string>): string {
  const has = (id: string): boolean => taken.has(id);
  const slug = outlet.trim().replace(/\s+/g, '-').replace(/[()（）]/g, '') || 'claim';
  let id = `${subjectId}/${slug}`;
  for (let n = 2; has(id); n++) id = `${subjectId}/${slug}-${n}`;
  return id;
}
