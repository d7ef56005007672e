/** The default licence for the works: CC BY-NC 4.0 plus a non-exclusive grant for awareness campaigns. */
export const DEFAULT_LICENCE_TITLE = 'CC BY-NC 4.0 and non-exclusive awareness-campaign grant';

export const DEFAULT_LICENCE_BODY = `1. Licence to the public. The team licenses the video, its subtitles and its poster under the Creative Commons Attribution-NonCommercial 4.0 International licence (CC BY-NC 4.0): anyone may share and adapt them for non-commercial purposes, crediting the authors as the team entered their names.

2. Grant to the organisers. The team also grants the organisers of the competition a non-exclusive, royalty-free, worldwide right to show, copy, subtitle, translate, shorten and distribute the works in non-commercial cybersecurity-awareness campaigns, on any medium, crediting the authors.

3. Consent comes first. No work is used publicly without the consents recorded for every person who appears in it; when a consent is withdrawn, the organisers take the work off every public page and campaign.

4. The team confirms that it created the work and holds the rights to the music and footage it lists as sources.`;

/** The participant and guardian consent texts, versioned: the ledger records which version was agreed to. */
export const CONSENT_TEXT_VERSION = '2027-01';

export const PARTICIPANT_CONSENT_TEXT =
  'I agree to take part in this entry and to be shown in its video, on the competition pages and, if the work is chosen, in awareness campaigns, with my name credited as the team entered it. I can withdraw this consent later.';

export const GUARDIAN_CONSENT_TEXT =
  'I am the parent or legal guardian of the team member named here. I agree that they take part in this entry and are shown in its video, on the competition pages and, if the work is chosen, in non-commercial awareness campaigns, with their name credited as the team entered it. I can withdraw this consent at any time through the same link.';
