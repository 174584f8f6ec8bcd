// SPDX-License-Identifier: MIT
#pragma once

namespace fl {

struct Filing;

// Filing::sections from what was read: SEC header, documents, binary attachments, cover page,
// Items, signatures, exhibit index and page breaks, sorted by start (the longer first), for
// the viewer's highlighting and the section tree.
void buildSections(Filing &filing);

} // namespace fl
