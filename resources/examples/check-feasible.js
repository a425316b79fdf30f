// A gate for a plan: fails loudly (a non-zero exit, every failing site and why on standard
// error) when any site is infeasible; prints one line and exits 0 otherwise.
//
//   gpuplan script resources/examples/check-feasible.js --headless [SCENARIO.gpkg]
//   gpuplan script resources/examples/check-feasible.js --headless -- 2028   (another year)

if (plan.args.length > 0)
    plan.setYear(Number(plan.args[0]));

const evaluation = plan.evaluate();
const infeasible = evaluation.sites.filter((site) => site.status === "infeasible");

if (infeasible.length > 0) {
    for (const site of infeasible)
        console.error(site.id + ": " + site.reasons.join("; "));
    throw new Error(infeasible.length + " of " + evaluation.sites.length + " sites are " +
        "infeasible in " + evaluation.scenario.year + ": " +
        infeasible.map((site) => site.id).join(", "));
}
console.log("all " + evaluation.sites.length + " sites feasible in " + evaluation.scenario.year +
    " (" + evaluation.totals.at_risk_sites + " at risk)");
