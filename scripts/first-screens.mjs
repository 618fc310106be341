// The ids of the forms written into a page that work before its part of the app arrives (the
// questions' emergency signs, care navigation's reason for contact, search): the shell's script
// holds or sends what is done in them, and the app, loading behind, takes over. The benchmarks
// count a page with one as answerable once the page and its stylesheet are in.
export const FIRST_SCREEN_FORMS = ['red-flags', 'reason-search', 'search-page'];
