// SPDX-License-Identifier: MIT
#include "DcPowerFlow.h"

#include "StudyControl.h"

#include <algorithm>
#include <numbers>
#include <vector>

namespace gpuplan {
namespace {

constexpr double kDegPerRad = 180.0 / std::numbers::pi;

Eigen::SparseMatrix<double> reducedSusceptance(const DcNetwork& network,
                                               const std::vector<int>& reducedOf)
{
    const Eigen::SparseMatrix<double> bbus = busSusceptance(network);
    std::vector<Eigen::Triplet<double>> entries;
    entries.reserve(bbus.nonZeros());
    for (int col = 0; col < bbus.outerSize(); ++col)
        for (Eigen::SparseMatrix<double>::InnerIterator it(bbus, col); it; ++it)
            if (reducedOf[it.row()] >= 0 && reducedOf[col] >= 0)
                entries.emplace_back(reducedOf[it.row()], reducedOf[col], it.value());
    const int n = network.busCount() - 1;
    Eigen::SparseMatrix<double> reduced(n, n);
    reduced.setFromTriplets(entries.begin(), entries.end());
    return reduced;
}

} // namespace

DcSolver::DcSolver(const DcNetwork& network) : m_reference(network.referenceBus)
{
    m_reducedOf.assign(network.busCount(), -1);
    int next = 0;
    for (int i = 0; i < network.busCount(); ++i)
        if (i != m_reference)
            m_reducedOf[i] = next++;
    if (next == 0)
        return;
    auto factor = std::make_shared<Factor>(reducedSusceptance(network, m_reducedOf));
    if (factor->info() != Eigen::Success)
        throw GridError("the bus susceptance matrix is singular");
    m_factor = std::move(factor);
}

Eigen::VectorXd DcSolver::angles(const Eigen::VectorXd& injectionPu) const
{
    return angleColumns(Eigen::MatrixXd(injectionPu)).col(0);
}

Eigen::MatrixXd DcSolver::angleColumns(const Eigen::MatrixXd& injectionsPu) const
{
    return angleRows(injectionsPu);
}

namespace {

constexpr int kPanel = 16; // right-hand sides swept together: a panel of rows stays in L2 cache

// Forward sweep L y = b. A row of the panel that is still zero when its column is reached
// updates nothing and is skipped: the LODF's right-hand sides have two non-zeros each, and only
// their elimination-tree paths fill in.
void forwardSweep(const Eigen::SparseMatrix<double>& lower, double* panel)
{
    const auto* outer = lower.outerIndexPtr();
    const auto* inner = lower.innerIndexPtr();
    const double* values = lower.valuePtr();
    for (Eigen::Index j = 0; j < lower.outerSize(); ++j) {
        double source[kPanel];
        bool nonZero = false;
        for (int c = 0; c < kPanel; ++c) {
            source[c] = panel[j * kPanel + c];
            nonZero |= source[c] != 0.0;
        }
        if (!nonZero)
            continue;
        for (auto p = outer[j]; p < outer[j + 1]; ++p) {
            double* target = panel + Eigen::Index(inner[p]) * kPanel;
            for (int c = 0; c < kPanel; ++c)
                target[c] -= values[p] * source[c];
        }
    }
}

// D⁻¹ then the backward sweep Lᵀ x = y; each row is accumulated locally (in registers) from the
// rows below it, which are final by then.
void backwardSweep(const Eigen::SparseMatrix<double>& lower, const Eigen::VectorXd& diagonal,
                   double* panel)
{
    const auto* outer = lower.outerIndexPtr();
    const auto* inner = lower.innerIndexPtr();
    const double* values = lower.valuePtr();
    for (Eigen::Index j = lower.outerSize() - 1; j >= 0; --j) {
        double target[kPanel];
        for (int c = 0; c < kPanel; ++c)
            target[c] = panel[j * kPanel + c] / diagonal[j];
        for (auto p = outer[j]; p < outer[j + 1]; ++p) {
            const double* source = panel + Eigen::Index(inner[p]) * kPanel;
            for (int c = 0; c < kPanel; ++c)
                target[c] -= values[p] * source[c];
        }
        for (int c = 0; c < kPanel; ++c)
            panel[j * kPanel + c] = target[c];
    }
}

// Solves L D Lᵀ y = y in place for a row-major panel of kPanel right-hand sides; L is unit lower,
// stored by columns (compressed sparse column) with only the entries below the diagonal, as
// Eigen's SimplicialLDLT keeps it (the hand-worked DC power flow tests pin this).
void sweepPanel(const Eigen::SparseMatrix<double>& lower, const Eigen::VectorXd& diagonal,
                double* panel)
{
    forwardSweep(lower, panel);
    backwardSweep(lower, diagonal, panel);
}

} // namespace

// x = P⁻¹ L⁻ᵀ D⁻¹ L⁻¹ P b, in panels of kPanel right-hand sides. Eigen's own solve sweeps the
// factor once per right-hand side, which costs several times more for the LODF's thousands.
DcSolver::Rows DcSolver::angleRows(const Rows& injectionsPu) const
{
    Rows theta;
    angleRows(injectionsPu, theta);
    return theta;
}

void DcSolver::angleRows(const Rows& injectionsPu, Rows& theta) const
{
    const Eigen::Index nb = injectionsPu.rows(), m = injectionsPu.cols();
    theta.resize(nb, m);
    theta.setZero();
    if (nb <= 1)
        return;
    const auto& order = m_factor->permutationP().indices();
    const Eigen::SparseMatrix<double>& lower = m_factor->matrixL().nestedExpression();
    thread_local std::vector<double> panel;
    panel.resize((nb - 1) * kPanel);
    for (Eigen::Index first = 0; first < m; first += kPanel) {
        const Eigen::Index width = std::min<Eigen::Index>(kPanel, m - first);
        std::fill(panel.begin(), panel.end(), 0.0);
        for (Eigen::Index i = 0; i < nb; ++i)
            if (m_reducedOf[i] >= 0)
                for (Eigen::Index c = 0; c < width; ++c)
                    panel[order[m_reducedOf[i]] * kPanel + c] = injectionsPu(i, first + c);
        sweepPanel(lower, m_factor->vectorD(), panel.data());
        for (Eigen::Index i = 0; i < nb; ++i)
            if (m_reducedOf[i] >= 0)
                for (Eigen::Index c = 0; c < width; ++c)
                    theta(i, first + c) = panel[order[m_reducedOf[i]] * kPanel + c];
    }
}

Eigen::VectorXd slackWeights(const DcNetwork& network, SlackPolicy policy)
{
    Eigen::VectorXd weights = Eigen::VectorXd::Zero(network.busCount());
    double total = 0.0;
    if (policy == SlackPolicy::Distributed)
        for (const DcGenerator& gen : network.generators) {
            weights[gen.bus] += gen.headroomMw;
            total += gen.headroomMw;
        }
    if (total > 0.0)
        return weights / total;
    weights.setZero();
    weights[network.referenceBus] = 1.0;
    return weights;
}

Eigen::VectorXd branchFlowsMw(const DcNetwork& network, const Eigen::VectorXd& thetaRad)
{
    Eigen::VectorXd flow(network.branchCount());
    for (int l = 0; l < network.branchCount(); ++l)
        flow[l] = (network.susceptance[l] * (thetaRad[network.from[l]] - thetaRad[network.to[l]]) +
                   network.pfInjection[l]) *
                  network.baseMva;
    return flow;
}

// Single slack follows MATPOWER: the first generator at the reference bus takes the mismatch.
// Distributed: every generator takes its share of headroom.
static std::vector<double> balancedGeneration(const DcNetwork& network, SlackPolicy policy,
                                              double mismatchMw)
{
    std::vector<double> output;
    double headroom = 0.0;
    for (const DcGenerator& gen : network.generators) {
        output.push_back(gen.pMw);
        headroom += gen.headroomMw;
    }
    const bool distributed = policy == SlackPolicy::Distributed && headroom > 0.0;
    for (std::size_t g = 0; g < output.size(); ++g) {
        const DcGenerator& gen = network.generators[g];
        if (distributed) {
            output[g] -= mismatchMw * gen.headroomMw / headroom;
        } else if (gen.bus == network.referenceBus) {
            output[g] -= mismatchMw;
            break;
        }
    }
    return output;
}

DcFlowResult solveDcFlow(const DcNetwork& network, const DcSolver& solver,
                         const Eigen::VectorXd& extraInjectionMw, SlackPolicy policy)
{
    Eigen::VectorXd injection = network.fixedInjectionMw;
    for (const DcGenerator& gen : network.generators)
        injection[gen.bus] += gen.pMw;
    if (extraInjectionMw.size() > 0)
        injection += extraInjectionMw;
    const double mismatchMw = injection.sum();
    const Eigen::VectorXd weights = slackWeights(network, policy);

    DcFlowResult result;
    result.injectionMw = injection - mismatchMw * weights;
    result.slackMw = -mismatchMw;
    result.generatorMw = balancedGeneration(network, policy, mismatchMw);
    const Eigen::VectorXd theta = solver.angles(result.injectionMw / network.baseMva);
    result.flowMw = branchFlowsMw(network, theta);
    result.vaDeg = theta * kDegPerRad;
    result.vaDeg.array() += network.referenceAngleDeg;
    return result;
}

} // namespace gpuplan
