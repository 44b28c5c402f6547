#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <optional>
#include <vector>

namespace pathways::search {

/// The services that carry one facet value, stored as one blob per value in search_facet: their ords in
/// ascending order, each written as its distance from the one before in LEB128 (7 bits a byte, low bits
/// first, high bit set on every byte but the last). A directory of 100,000 services keeps about a million
/// such ords; as rows of their own they took 22 MB and a million inserts, as blobs under 2 MB.
namespace ords {

/// `ascending` must be strictly increasing and positive.
QByteArray encode(const std::vector<qint64>& ascending);

/// The ords of `blob`, or nullopt when it is not a well-formed list (cut short, a zero gap, an overflow).
std::optional<std::vector<qint64>> decode(const QByteArray& blob);

} // namespace ords

} // namespace pathways::search
