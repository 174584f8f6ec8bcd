// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

namespace fl {

class TextLines;

// Reads an EDGAR SEC header from the displayed text: the "KEY:<tab>value" dialect of
// <SEC-HEADER> and <IMS-HEADER>, the tag dialect of .nc and .hdr.sgml files (<CIK>0000320193),
// and headers that mix both. Linear in the header's size.
Header parseHeader(const TextLines &lines);

// True when the text starts like a header without its <SEC-HEADER> wrapper (seen in headers
// saved on their own): "ACCESSION NUMBER:" or <ACCESSION-NUMBER> in its first lines.
bool looksLikeBareHeader(QByteArrayView head);

} // namespace fl
