// Progressive enhancement only: every page works without this script.
/* global document */
import { initAll as initGovuk } from '/assets/govuk-frontend.min.js';
import { FilterToggleButton, initAll as initMoj } from '/assets/moj-frontend.min.js';

initGovuk();
initMoj();

// MOJ's initAll leaves the filter alone: on a small screen it would cover the list, so it starts
// closed behind a "Show filter" button there, and stays open beside the list on a wide screen
// (startHidden would close it on every screen: the small-screen check closes it where needed).
for (const filter of document.querySelectorAll('[data-module="moj-filter"]')) {
  new FilterToggleButton(filter, {
    bigModeMediaQuery: '(min-width: 48.0625em)',
    startHidden: false,
    toggleButton: { showText: 'Show filter', hideText: 'Hide filter', classes: 'govuk-button--secondary' },
    closeButton: { text: 'Close', classes: 'moj-filter__close' },
  });
}
