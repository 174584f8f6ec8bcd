// SPDX-License-Identifier: MIT
#pragma once

namespace fl {

struct Filing;

// Lays out the main document (Filing::mainRange) of a filing whose text and documents are
// read: its form type, Items, cover page, signatures and exhibit lists with their spans, and
// the exhibits linked to the submission's documents.
void layOutMainDocument(Filing &filing);

// Links each exhibit to the document whose <TYPE> is that exhibit (EX-99.1), and adds the
// exhibit documents the text does not list.
void linkExhibitDocuments(Filing &filing);

} // namespace fl
