#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace pathways::bench {

/// Writes a synthetic HSDS 3.0 CSV folder that core/import reads: organisations (one per five services),
/// locations with addresses in about 200 Slovenian and Ukrainian municipalities (Zipf-skewed), services
/// with multilingual Zipf-skewed names and descriptions, categories, audiences, languages, cost options,
/// weekly schedules (some overnight, some 24/7) and sl/uk name translations.
///
/// Everything is invented: no phone numbers, e-mails or street addresses are written, and every service and
/// organisation is marked x_demonstration = true with x_source "synthetic benchmark data". The output
/// depends only on (services, seed).
class HsdsGenerator
{
public:
    struct Options
    {
        long long services = 10000;
        std::string folder;
        std::uint64_t seed = 1;
        double translatedShare = 0.2; ///< services with sl and uk name translations
        double scheduledShare = 0.3;  ///< services with weekly schedules
        /// Words per service description, 15-40 by default (services.csv: ~40 MiB per 100,000 services;
        /// the importer accepts files up to 1 GiB, import::CsvReader::kMaxFileBytes).
        int descriptionMinWords = 15;
        int descriptionMaxWords = 40;
    };

    struct Summary
    {
        std::map<std::string, long long> rows; ///< file name -> data rows
        double seconds = 0;
    };

    explicit HsdsGenerator(Options options);

    /// Throws std::runtime_error when the folder cannot be written.
    Summary run();

private:
    Options m_options;
};

} // namespace pathways::bench
