// Meeting rehearsal: Naver moves 4,000 GPUs from Gak Chuncheon, at risk on its connection and
// its building, to Gak Sejong. Compare the plan before and after, then write the briefing in
// Korean and in English for the working group.
//
//   gpuplan script resources/examples/meeting-rehearsal.js --headless -- OUTPUT_FOLDER
//
// Without --headless the window shows each step. The briefings are written to OUTPUT_FOLDER
// (default: the current folder) as rehearsal-ko.pdf and rehearsal-en.pdf.

const folder = plan.args.length > 0 ? plan.args[0] : ".";
const moved = { org: "naver", from: "naver_gak_chuncheon", to: "naver_gak_sejong", count: 4000 };

function siteLine(site) {
    return site.id + ": " + site.gpus + " GPUs, " + site.facility_mw.toFixed(1) + " MW, " +
        site.status;
}

function nationalLine(evaluation) {
    const totals = evaluation.totals;
    return totals.gpus + " GPUs, " + totals.facility_mw.toFixed(1) + " MW facility, " +
        totals.infeasible_sites + " infeasible, " + totals.at_risk_sites + " at risk";
}

function bySite(evaluation, id) {
    return evaluation.sites.find((site) => site.id === id);
}

const before = plan.evaluate();
plan.select(moved.from);
plan.move(moved);
plan.wait();
const after = plan.evaluate();

console.log("Move " + moved.count + " " + moved.org + " GPUs: " + moved.from + " -> " + moved.to);
for (const id of [moved.from, moved.to]) {
    console.log("  before  " + siteLine(bySite(before, id)));
    console.log("  after   " + siteLine(bySite(after, id)));
}
console.log("national before: " + nationalLine(before));
console.log("national after:  " + nationalLine(after));

plan.exportBriefing(folder + "/rehearsal-ko.pdf", { lang: "ko" });
plan.exportBriefing(folder + "/rehearsal-en.pdf", { lang: "en" });
console.log("briefings: " + folder + "/rehearsal-ko.pdf, " + folder + "/rehearsal-en.pdf");
