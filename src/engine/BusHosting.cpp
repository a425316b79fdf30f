// SPDX-License-Identifier: MIT
#include "BusHosting.h"

#include "CapacityEngine.h"
#include "HostingCapacity.h"
#include "SiteDemand.h"

#include <limits>
#include <map>

namespace gpuplan {
namespace {

// Flows with every site's facility MW withdrawn at its bus (network positions).
Eigen::VectorXd flowsWithDatacentres(const Scenario& scenario, int year, const GridModel& model)
{
    std::map<int, double> loadByBus;
    for (const Site& site : scenario.sites()) {
        const int position = model.network.busPosition(site.busId);
        if (position >= 0)
            loadByBus[position] += siteDemand(scenario, site, year).facilityMw;
    }
    std::vector<int> buses;
    for (const auto& [bus, load] : loadByBus)
        buses.push_back(bus);
    const Eigen::MatrixXd sensitivity =
        withdrawalSensitivities(model.network, model.solver, model.weights, buses);
    Eigen::VectorXd flow = model.baseFlow.flowMw;
    for (std::size_t i = 0; i < buses.size(); ++i)
        flow += sensitivity.col(static_cast<Eigen::Index>(i)) * loadByBus[buses[i]];
    return flow;
}

} // namespace

std::vector<double> busHostingMw(const Scenario& scenario, int year, const StudyControl& control)
{
    const auto model =
        buildGridModel(scenario.grid(), year, scenario.settings().slackPolicy, control);
    const Eigen::VectorXd flow = flowsWithDatacentres(scenario, year, *model);
    std::vector<int> positions(static_cast<std::size_t>(model->network.busCount()));
    for (int i = 0; i < model->network.busCount(); ++i)
        positions[static_cast<std::size_t>(i)] = i;
    const auto hosting = hostingCapacities(model->network, model->solver, model->lodf, flow,
                                           model->weights, positions, control);

    std::vector<double> byCaseBus(scenario.grid().buses.size(),
                                  std::numeric_limits<double>::quiet_NaN());
    for (std::size_t caseIndex = 0; caseIndex < byCaseBus.size(); ++caseIndex) {
        const int position = model->network.busOfCase[caseIndex];
        if (position >= 0)
            byCaseBus[caseIndex] = hosting[static_cast<std::size_t>(position)].hostingMw;
    }
    return byCaseBus;
}

} // namespace gpuplan
