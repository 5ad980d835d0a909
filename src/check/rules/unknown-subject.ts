import { defineRule } from '../define-rule.js';
import { claimPlace } from '../places.js';

/** A claim's `subject` must be the id of a subject defined in some topic file. */
export const unknownSubject = defineRule({
  id: 'unknown-subject',
  severity: 'error',
  description: "A claim's subject is not the id of any subject in the topic files.",
  async check(context, report) {
    const known = new Set(context.claimSet.subjects.map((s) => s.subject.id));
    const ids = [...known];
    for (const loaded of context.claimSet.claims) {
      const wanted = loaded.claim.subject;
      if (known.has(wanted)) continue;
      // anchor/'s edit distance loads only when a subject is unknown.
      const { similarity } = await import('../../anchor/approximate.js');
      const nearest = ids
        .map((id) => ({ id, score: similarity(wanted, id) }))
        .filter((c) => c.score >= 0.5)
        .sort((a, b) => b.score - a.score)[0];
      const expected = nearest ? `did you mean \`${nearest.id}\`?` : ids.length > 0 ? `expected one of ${ids.slice(0, 6).map((id) => `\`${id}\``).join(', ')}${ids.length > 6 ? ', …' : ''}` : 'no subject is defined: add it under `subjects:`';
      report(`Unexpected subject \`${wanted}\`, not defined in any topic file: ${expected}`, {
        file: loaded.topic.file,
        place: claimPlace(loaded, 'subject'),
        claimId: loaded.claim.id,
      });
    }
  },
});
