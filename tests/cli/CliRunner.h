// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <filesystem>
#include <string>

#include <unistd.h>

namespace gpuplan::testing {

struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs the built gpuplan binary (path compiled in) and collects its exit code and output.
inline CliResult runGpuplan(const QStringList& args,
                            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment())
{
    constexpr int kTimeoutMs = 120000;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GPUPLAN_EXECUTABLE), args);
    process.waitForFinished(kTimeoutMs);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput().toStdString(),
            process.readAllStandardError().toStdString()};
}

inline QString qpath(const std::filesystem::path& path)
{
    return QString::fromStdString(path.string());
}

// A fresh, empty folder under the system temporary directory, removed at the end of the test.
class ScratchDirectory {
public:
    explicit ScratchDirectory(const std::string& name)
        : m_path(std::filesystem::temp_directory_path() / ("gpuplan-" + name + "-" +
                                                           std::to_string(::getpid())))
    {
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~ScratchDirectory() { std::filesystem::remove_all(m_path); }
    ScratchDirectory(const ScratchDirectory&) = delete;
    ScratchDirectory& operator=(const ScratchDirectory&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

} // namespace gpuplan::testing
