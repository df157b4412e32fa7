/* claims.h - the claims stage: binds each count to its event, claimant, dates and stance (docs/design.md). */
#ifndef EXTRACT_CLAIMS_H
#define EXTRACT_CLAIMS_H

#include "document.h"

/* Fills d->claims from d->ments. Returns 0, or -1 when out of memory. */
int xc_build_claims(extract_doc *d);

#endif
