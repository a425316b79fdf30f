function mpc = bad_truncated
% Cut off inside the branch matrix (authored for gpuplan)
% Otherwise the hand3 network.

%% MATPOWER Case Format : Version 2
mpc.version = '2';

%%-----  Power Flow Data  -----%%
%% system MVA base
mpc.baseMVA = 100;

%% bus data
%	bus_i	type	Pd	Qd	Gs	Bs	area	Vm	Va	baseKV	zone	Vmax	Vmin
mpc.bus = [
	1	3	0	0	0	0	1	1	0	345	1	1.1	0.9;
	2	1	100	0	0	0	1	1	0	345	1	1.1	0.9;
	3	1	60	0	0	0	1	1	0	345	1	1.1	0.9;
];

%% generator data
%	bus	Pg	Qg	Qmax	Qmin	Vg	mBase	status	Pmax	Pmin
mpc.gen = [
	1	150	0	100	-100	1	100	1	300	0;
];

%% branch data
%	fbus	tbus	r	x	b	rateA	rateB	rateC	ratio	angle	status	angmin	angmax
mpc.branch = [
	1	2	0	0.1	0	120	120	120	0	0	1	-360	360;
	1	3	0	0.2	0	0	0	0	0	0	1	-360	360;
	2	3	0	0.2