// SPDX-License-Identifier: MIT
// Build step: reads the authored maps/ CSVs and writes the national scenario GeoPackage.
#include "io/AuthoredScenario.h"
#include "io/IoError.h"
#include "io/ScenarioStore.h"

#include <iostream>

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: gpuplan_mkdata MAPS_DIR OUT.gpkg\n";
        return 2;
    }
    try {
        gpuplan::writeScenario(gpuplan::readAuthoredScenario(argv[1]), argv[2]);
    } catch (const gpuplan::IoError& error) {
        std::cerr << "gpuplan_mkdata: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
