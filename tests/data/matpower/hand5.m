function mpc = hand5
% Five buses, numbered 10..50, worked by hand in tests/engine/DcPowerFlowTest.cpp (authored for
% gpuplan): the loop 10-20-30 with a 2 degree phase shifter on 10-30, a radial bus 40 with a
% 10 MW shunt (Gs), a radial transformer 20-50 with tap 1.25, and an HVDC link 10 -> 50
% (PF 10 MW, LOSS0 1 MW, LOSS1 0.1: 8 MW arrive). The reference angle is -5 degrees.
mpc.version = '2';
mpc.baseMVA = 100.0;

mpc.bus = [
	10	3	0	0	0	0	1	1	-5	345	1	1.1	0.9
	20	1	100	10	0	0	1	1	0	345	1	1.1	0.9
	30	1	60	10	0	0	1	1	0	345	1	1.1	0.9
	40	1	30	5	10	0	1	1	0	154	1	1.1	0.9
	50	1	20	5	0	0	1	1	0	154	1	1.1	0.9
];

mpc.gen = [
	10	200	0	100	-100	1	100	1	400	0	0	0	0	0	0	0	0	0	0	0	0;
];

mpc.branch = [
	10	20	0	0.1	0	0	0	0	0	0	1	-360	360;
	10	30	0	0.2	0	0	0	0	1	2	1	-360	360;
	20	30	0	0.2	0	0	0	0	0	0	1	-360	360;
	30	40	0	0.05	0	0	0	0	0	0	1	-360	360;
	20	50	0	0.1	0	0	0	0	1.25	0	1	-360	360;
];

%% dc line data
%	fbus	tbus	status	Pf	Pt	Qf	Qt	Vf	Vt	Pmin	Pmax	QminF	QmaxF	QminT	QmaxT	loss0	loss1
mpc.dcline = [
	10	50	1	10	9	0	0	1	1	0	50	0	0	0	0	1	0.1;
];
