// Ends the run with exit code 3; the line after quit() never runs.
plan.quit(3);
console.log("never printed");
