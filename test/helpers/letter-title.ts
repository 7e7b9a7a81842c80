/** The title block the segmentation tests' letters open with: the tests are about what follows it. */
export const TITLE = [
  'Letter dated 3 June 2025 from the Permanent Representative of Chile to the United Nations addressed to ',
  'the Secretary-General',
  '',
];
