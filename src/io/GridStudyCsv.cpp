// SPDX-License-Identifier: MIT
#include "GridStudyCsv.h"

#include "IoError.h"

#include <cmath>
#include <fstream>
#include <sstream>

namespace gpuplan {
namespace {

constexpr int kDigits = 15;
constexpr double kPercent = 100.0;

std::string number(double value)
{
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    std::ostringstream out;
    out.precision(kDigits);
    out << (value == 0.0 ? 0.0 : value); // no "-0"
    return out.str();
}

std::string caseBranch(const DcNetwork& network, int branch)
{
    return branch < 0 ? std::string() : std::to_string(network.branchOfCase[branch] + 1);
}

std::string rating(double ratingMw)
{
    return std::isfinite(ratingMw) ? number(ratingMw) : "0";
}

std::string loading(double flowMw, double ratingMw)
{
    return std::isfinite(ratingMw) ? number(std::abs(flowMw) / ratingMw * kPercent) : "";
}

void writeFile(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out)
        throw IoError(path.string() + ": cannot write the file");
}

void prepare(const std::filesystem::path& dir)
{
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error)
        throw IoError(dir.string() + ": cannot create the directory: " + error.message());
}

} // namespace

void writeDcFlowCsv(const std::filesystem::path& dir, const Grid& grid, const DcNetwork& network,
                    const DcFlowResult& flow)
{
    prepare(dir);
    std::ostringstream buses("bus_i,va_deg\n", std::ios::ate);
    for (std::size_t i = 0; i < grid.buses.size(); ++i) {
        const int position = network.busOfCase[i];
        buses << grid.buses[i].id << ','
              << number(position >= 0 ? flow.vaDeg[position] : grid.buses[i].vaDeg) << '\n';
    }
    writeFile(dir / "bus.csv", buses.str());

    std::ostringstream branches("index,from_bus,to_bus,status,pf_mw\n", std::ios::ate);
    for (std::size_t i = 0; i < grid.branches.size(); ++i) {
        const int l = network.networkBranchOfCase[i];
        branches << i + 1 << ',' << grid.branches[i].fromBus << ',' << grid.branches[i].toBus << ','
                 << (l >= 0 ? 1 : 0) << ',' << number(l >= 0 ? flow.flowMw[l] : 0.0) << '\n';
    }
    writeFile(dir / "branch.csv", branches.str());
}

void writeN1Csv(const std::filesystem::path& dir, const DcNetwork& network,
                const ContingencyResult& n1)
{
    prepare(dir);
    std::ostringstream worst("branch,worst_abs_mw,by_outage,rating_mw,loading_pct\n",
                             std::ios::ate);
    for (int l = 0; l < network.branchCount(); ++l)
        worst << caseBranch(network, l) << ',' << number(n1.worstAbsMw[l]) << ','
              << caseBranch(network, n1.worstOutage[l]) << ',' << rating(network.ratingMw[l]) << ','
              << loading(n1.worstAbsMw[l], network.ratingMw[l]) << '\n';
    writeFile(dir / "worst.csv", worst.str());

    std::ostringstream overloads("branch,outage,flow_mw,rating_mw,loading_pct\n", std::ios::ate);
    for (const Overload& o : n1.overloads)
        overloads << caseBranch(network, o.branch) << ',' << caseBranch(network, o.outage) << ','
                  << number(o.flowMw) << ',' << rating(o.ratingMw) << ','
                  << loading(o.flowMw, o.ratingMw) << '\n';
    writeFile(dir / "overloads.csv", overloads.str());

    std::ostringstream separations("outage\n", std::ios::ate);
    for (int k : n1.separations)
        separations << caseBranch(network, k) << '\n';
    writeFile(dir / "separations.csv", separations.str());
}

void writeHostingCsv(const std::filesystem::path& dir, const DcNetwork& network,
                     const std::vector<HostingResult>& hosting)
{
    prepare(dir);
    std::ostringstream out("bus_i,hosting_mw,limiting_branch,limiting_outage\n", std::ios::ate);
    for (const HostingResult& h : hosting)
        out << network.busIds[h.bus] << ',' << number(h.hostingMw) << ','
            << caseBranch(network, h.limitingBranch) << ',' << caseBranch(network, h.limitingOutage)
            << '\n';
    writeFile(dir / "hosting.csv", out.str());
}

} // namespace gpuplan
