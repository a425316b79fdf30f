// Takes every GPU off the infeasible sites back to the pools and saves the plan to the file
// given after `--`: a plan the feasibility gate passes.
for (const site of plan.evaluate().sites) {
    if (site.status !== "infeasible")
        continue;
    for (const allocation of site.allocations)
        plan.remove({ org: allocation.organisation, site: site.id, model: allocation.model,
                      count: allocation.gpus });
}
plan.save(plan.args[0]);
