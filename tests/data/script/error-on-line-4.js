// A script whose fourth line calls plan with a site that does not exist.
console.log("before the error");

plan.move({ org: "naver", from: "naver_gak_sejong", to: "no_such_site", count: 1000 });
console.log("never printed");
