// SPDX-License-Identifier: MIT
#pragma once

#include "DcNetwork.h"
#include "model/Types.h"

#include <Eigen/SparseCholesky>
#include <memory>
#include <vector>

namespace gpuplan {

// The sparse LDLᵀ factorisation of the reduced bus susceptance matrix (B without the reference
// row and column). Never a dense inverse. Negative reactances (series compensation) are allowed:
// LDLᵀ does not need B to be positive definite. Copies share the (immutable) factorisation.
class DcSolver {
public:
    explicit DcSolver(const DcNetwork& network); // throws GridError when B is singular

    // θ [nb] radians relative to the reference (its entry 0) for bus injections [nb] p.u.
    // (the reference row is not used: the reference bus balances).
    Eigen::VectorXd angles(const Eigen::VectorXd& injectionPu) const;
    // Same for several right-hand sides at once: [nb x m] -> [nb x m].
    Eigen::MatrixXd angleColumns(const Eigen::MatrixXd& injectionsPu) const;

    // Row-major [nb x m] -> [nb x m]: the right-hand sides are swept together through the
    // triangular factors, each factor entry updating a contiguous row of m values (many times
    // faster than one sweep per right-hand side when m is in the tens).
    using Rows = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    Rows angleRows(const Rows& injectionsPu) const;
    // The same into `theta`, reusing its storage (no allocation when the shape is unchanged:
    // the LODF calls this thousands of times, and fresh large buffers cost page faults).
    void angleRows(const Rows& injectionsPu, Rows& theta) const;

    int referenceBus() const { return m_reference; }

private:
    using Factor = Eigen::SimplicialLDLT<Eigen::SparseMatrix<double>>;
    std::shared_ptr<const Factor> m_factor;
    std::vector<int> m_reducedOf; // [nb] bus position -> reduced index, -1 for the reference
    int m_reference = 0;
};

// Where a mismatch goes [nb], summing to 1: the reference bus (single slack) or in-service
// generators in proportion to headroom Pmax - Pg (distributed). Distributed falls back to the
// reference bus when the fleet has no headroom.
Eigen::VectorXd slackWeights(const DcNetwork& network, SlackPolicy policy);

struct DcFlowResult {
    Eigen::VectorXd vaDeg;           // [nb] as MATPOWER reports them (reference keeps its angle)
    Eigen::VectorXd flowMw;          // [nl] at the from end
    Eigen::VectorXd injectionMw;     // [nb] balanced net injection, sums to 0
    std::vector<double> generatorMw; // [network generators] after balancing
    double slackMw = 0.0;            // what the slack produced on top of the dispatch
};

// DC power flow (MATPOWER rundcpf). `extraInjectionMw` [nb] adds to the case (negative for a
// datacentre's withdrawal); empty means none.
DcFlowResult solveDcFlow(const DcNetwork& network, const DcSolver& solver,
                         const Eigen::VectorXd& extraInjectionMw, SlackPolicy policy);

// Flows [nl] MW for angles θ [nb] rad: (b (θf - θt) + Pfinj) baseMva.
Eigen::VectorXd branchFlowsMw(const DcNetwork& network, const Eigen::VectorXd& thetaRad);

} // namespace gpuplan
