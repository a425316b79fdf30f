function mpc = syntax_case
%SYNTAX_CASE  The hand3 network written with every syntax MATPOWER files use (authored for gpuplan):
%   comments, numbers as 1e2 .5 -0 Inf, continuation dots, rows split by ';' or by newlines,
%   commas, bus numbers that are not consecutive, a bus_name cell array and trailing code.
mpc.version = '2';
mpc.baseMVA = 1e2;   % scientific notation

mpc.bus = [ 7, 3, 0, 0, 0, 0, 1, 1, -0, 345, 1, 1.1, 0.9 ;   % reference, angle -0
	12 1 1.0e+02 0 0 0 1 1 0 345 1 1.1 .9
	13 1 60 0 0 0 1 1 0 ...
	   345 1 1.1 0.9];

mpc.gen = [7 150 0 Inf -Inf 1 100 1 300 0];

mpc.branch = [
	7	12	0	.1	0	120	120	120	0	0	1	-360	360; 7	13	0	0.2	0	0	0	0	0	0	1	-360	360
	12	13	0	0.2	0	50	50	50	0	-0	1	-360	360;
];

mpc.bus_name = {
	'신가평';
	'동서울 (East)';
	'it''s';
};

%% trailing statements are not part of the case
if 0
	mpc.bus = [];
end
