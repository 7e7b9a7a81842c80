/** Words French writes elided before a vowel (`l’`, `qu’`, `jusqu’`): one list for every stage that reads them. */
export const frenchElisions: readonly string[] = ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu'];
