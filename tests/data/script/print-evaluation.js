// Prints plan.evaluate() as JSON, in the planning year given after `--` (else the scenario's).
if (plan.args.length > 0)
    plan.setYear(Number(plan.args[0]));
console.log(JSON.stringify(plan.evaluate()));
