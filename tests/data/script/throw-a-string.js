// Throws a value that is not an Error (scripts do): the run still ends with the line.
function check(sites) {
    if (sites.length > 0)
        throw "sites to look at: " + sites.length;
}
check(plan.evaluate().sites);
