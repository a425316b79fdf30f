// How much facility power would the national plan need at each PUE? Sets the PUE of every
// site with GPUs to 1.1, 1.2, … 1.5 and prints the national facility MW and the sites that
// fail, then undoes the sweep so the plan is as it was.
//
//   gpuplan script resources/examples/pue-sweep.js --headless [SCENARIO.gpkg]

const pueValues = [1.1, 1.2, 1.3, 1.4, 1.5];
const sitesWithGpus = plan.evaluate().sites.filter((site) => site.gpus > 0).map((s) => s.id);

console.log("PUE   facility MW   infeasible   at risk");
for (const pue of pueValues) {
    for (const id of sitesWithGpus)
        plan.setSite(id, { pue: pue });
    const totals = plan.evaluate().totals;
    console.log(pue.toFixed(2) + "   " + totals.facility_mw.toFixed(1).padStart(11) + "   " +
        String(totals.infeasible_sites).padStart(10) + "   " +
        String(totals.at_risk_sites).padStart(7));
}

// Edits of one site merge into one undo step, so one undo per site restores the plan.
for (const id of sitesWithGpus)
    plan.undo();
