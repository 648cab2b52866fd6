package funcs

import (
	"testing"
)

func TestCIDRFunctions(t *testing.T) {
	// Examples and results of Microsoft Learn, "CIDR functions for ARM
	// templates".
	cases := []tc{
		{name: "parseCidr v4", fn: "parseCidr", args: arr("10.144.0.0/20"), want: obj(
			"network", "10.144.0.0", "netmask", "255.255.240.0", "broadcast", "10.144.15.255",
			"firstUsable", "10.144.0.1", "lastUsable", "10.144.15.254", "cidr", int64(20))},
		{name: "parseCidr v6", fn: "parseCidr", args: arr("fdad:3236:5555::/48"), want: obj(
			"network", "fdad:3236:5555::", "netmask", "ffff:ffff:ffff::",
			"firstUsable", "fdad:3236:5555::", "lastUsable", "fdad:3236:5555:ffff:ffff:ffff:ffff:ffff", "cidr", int64(48))},
		{name: "parseCidr masks host bits", fn: "parseCidr", args: arr("10.0.0.7/30"), want: obj(
			"network", "10.0.0.4", "netmask", "255.255.255.252", "broadcast", "10.0.0.7",
			"firstUsable", "10.0.0.5", "lastUsable", "10.0.0.6", "cidr", int64(30))},
		{name: "parseCidr /32", fn: "parseCidr", args: arr("10.0.0.1/32"), want: obj(
			"network", "10.0.0.1", "netmask", "255.255.255.255", "broadcast", "10.0.0.1",
			"firstUsable", "10.0.0.1", "lastUsable", "10.0.0.1", "cidr", int64(32))},
		{name: "parseCidr invalid", fn: "parseCidr", args: arr("10.0.0.0"), errText: `parseCidr: "10.0.0.0" is not an IP address range in CIDR notation`},
		{name: "cidrSubnet v4 0", fn: "cidrSubnet", args: arr("10.144.0.0/20", int64(24), int64(0)), want: "10.144.0.0/24"},
		{name: "cidrSubnet v4 4", fn: "cidrSubnet", args: arr("10.144.0.0/20", int64(24), int64(4)), want: "10.144.4.0/24"},
		{name: "cidrSubnet v6 0", fn: "cidrSubnet", args: arr("fdad:3236:5555::/48", int64(52), int64(0)), want: "fdad:3236:5555::/52"},
		{name: "cidrSubnet v6 1", fn: "cidrSubnet", args: arr("fdad:3236:5555::/48", int64(52), int64(1)), want: "fdad:3236:5555:1000::/52"},
		{name: "cidrSubnet v6 4", fn: "cidrSubnet", args: arr("fdad:3236:5555::/48", int64(52), int64(4)), want: "fdad:3236:5555:4000::/52"},
		{name: "cidrSubnet index too large", fn: "cidrSubnet", args: arr("10.144.0.0/20", int64(24), int64(16)),
			errText: "cidrSubnet: the subnet index 16 must be between 0 and 15"},
		{name: "cidrSubnet smaller cidr", fn: "cidrSubnet", args: arr("10.144.0.0/20", int64(16), int64(0)),
			errText: "cidrSubnet: the new CIDR 16 must be between 20 and 32"},
		{name: "cidrHost v4 0", fn: "cidrHost", args: arr("10.144.3.0/24", int64(0)), want: "10.144.3.1"},
		{name: "cidrHost v4 4", fn: "cidrHost", args: arr("10.144.3.0/24", int64(4)), want: "10.144.3.5"},
		{name: "cidrHost v4 last usable", fn: "cidrHost", args: arr("192.168.1.0/24", int64(253)), want: "192.168.1.254"},
		{name: "cidrHost v4 broadcast", fn: "cidrHost", args: arr("192.168.1.0/24", int64(254)),
			errText: "cidrHost: the host index 254 is outside the usable addresses of 192.168.1.0/24"},
		{name: "cidrHost v6 0", fn: "cidrHost", args: arr("fdad:3236:5555:3000::/52", int64(0)), want: "fdad:3236:5555:3000::1"},
		{name: "cidrHost v6 4", fn: "cidrHost", args: arr("fdad:3236:5555:3000::/52", int64(4)), want: "fdad:3236:5555:3000::5"},
		{name: "cidrHost negative", fn: "cidrHost", args: arr("10.0.0.0/24", int64(-1)), errText: "cidrHost: the host index -1"},
	}
	runTable(t, cases, nil)
}

func TestCIDRBudget(t *testing.T) {
	runTable(t, []tc{
		{name: "parseCidr", fn: "parseCidr", args: arr("10.0.0.0/8"), budget: true},
		{name: "cidrSubnet", fn: "cidrSubnet", args: arr("10.0.0.0/8", int64(16), int64(1)), budget: true},
		{name: "cidrHost", fn: "cidrHost", args: arr("10.0.0.0/8", int64(1)), budget: true},
	}, small(5))
}
