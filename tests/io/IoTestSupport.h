// SPDX-License-Identifier: MIT
#pragma once

#include "io/AuthoredScenario.h"
#include "io/IoError.h"
#include "model/Scenario.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <gtest/gtest.h>
#include <initializer_list>
#include <random>
#include <sstream>
#include <string>

namespace gpuplan::test {

inline std::filesystem::path ioDataDir()
{
    return std::filesystem::path(GPUPLAN_TEST_DATA_DIR) / "io";
}

// The five-bus scenario authored under tests/data/io/small_maps.
inline Scenario smallScenario()
{
    return readAuthoredScenario(ioDataDir() / "small_maps");
}

// A fresh directory under the system's temporary directory, removed with everything in it.
class TemporaryDirectory {
public:
    TemporaryDirectory()
    {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() /
                 ("gpuplan-io-test-" + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    ~TemporaryDirectory()
    {
        std::error_code ignored;
        std::filesystem::permissions(m_path, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ignored);
        std::filesystem::remove_all(m_path, ignored);
    }
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

inline std::string fileBytes(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

inline void writeFile(const std::filesystem::path& file, const std::string& bytes)
{
    std::ofstream(file, std::ios::binary) << bytes;
}

// Bus::operator== is defaulted, and NaN never equals NaN, so a scenario with an unlocated bus
// never equals itself; this stands a fixed value in for the unknown coordinates of both sides.
inline Scenario withComparableCoordinates(Scenario scenario)
{
    constexpr double kStandIn = -999.0;
    Grid grid = scenario.grid();
    for (Bus& bus : grid.buses) {
        if (std::isnan(bus.lon))
            bus.lon = kStandIn;
        if (std::isnan(bus.lat))
            bus.lat = kStandIn;
    }
    scenario.setGrid(std::move(grid));
    return scenario;
}

// The message of the IoError `action` throws; fails the test when it throws nothing else.
inline std::string ioErrorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const IoError& error) {
        return error.what();
    } catch (const std::exception& error) {
        ADD_FAILURE() << "expected IoError, got: " << error.what();
        return {};
    }
    ADD_FAILURE() << "expected IoError, nothing was thrown";
    return {};
}

inline void expectMentions(const std::string& message, std::initializer_list<std::string> parts)
{
    for (const std::string& part : parts)
        EXPECT_NE(message.find(part), std::string::npos) << "'" << part << "' not in: " << message;
}

} // namespace gpuplan::test
