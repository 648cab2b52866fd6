package funcs

import (
	"fmt"
	"math/big"
	"net/netip"

	"github.com/moatscan/moat/parsers/arm/value"
)

// cidrFuncs are the functions of Microsoft Learn's "CIDR functions for
// ARM templates", for IPv4 and IPv6. In IPv4 the network and broadcast
// addresses are not usable, except in /31 and /32 networks where every
// address is; IPv6 has no broadcast address. cidrHost counts hosts from
// the address after the network address in both families, as the
// documentation's examples show.
var cidrFuncs = map[string]Func{
	"parseCidr":  {Min: 1, Max: 1, Call: parseCidr},
	"cidrSubnet": {Min: 3, Max: 3, Call: cidrSubnet},
	"cidrHost":   {Min: 2, Max: 2, Call: cidrHost},
}

// network parses a CIDR string argument and masks off host bits.
func network(fn string, args []any) (netip.Prefix, error) {
	s, err := strArg(fn, args, 0)
	if err != nil {
		return netip.Prefix{}, err
	}
	p, err := netip.ParsePrefix(s)
	if err != nil {
		return netip.Prefix{}, fmt.Errorf("%s: %q is not an IP address range in CIDR notation", fn, truncate(s))
	}
	return p.Masked(), nil
}

// addrInt and intAddr convert between addresses and integers.
func addrInt(a netip.Addr) *big.Int {
	return new(big.Int).SetBytes(a.AsSlice())
}

func intAddr(n *big.Int, is4 bool) netip.Addr {
	size := 16
	if is4 {
		size = 4
	}
	b := n.FillBytes(make([]byte, size))
	a, _ := netip.AddrFromSlice(b)
	return a
}

// span returns the first and last addresses of p as integers.
func span(p netip.Prefix) (first, last *big.Int) {
	first = addrInt(p.Addr())
	hostBits := uint(p.Addr().BitLen() - p.Bits())
	size := new(big.Int).Lsh(big.NewInt(1), hostBits)
	last = new(big.Int).Add(first, size)
	return first, last.Sub(last, big.NewInt(1))
}

func parseCidr(c *Ctx, args []any) (any, error) {
	p, err := network("parseCidr", args)
	if err != nil {
		return nil, err
	}
	if err := c.take("parseCidr", 6); err != nil {
		return nil, err
	}
	is4 := p.Addr().Is4()
	first, last := span(p)
	maskBits := new(big.Int).Lsh(big.NewInt(1), uint(p.Addr().BitLen()))
	maskBits.Sub(maskBits, big.NewInt(1))
	mask := new(big.Int).Sub(maskBits, new(big.Int).Sub(last, first))
	out := value.NewObject(6)
	out.Set("network", p.Addr().String())
	out.Set("netmask", intAddr(mask, is4).String())
	firstUse, lastUse := first, last
	if is4 {
		out.Set("broadcast", intAddr(last, true).String())
		if p.Bits() < 31 {
			firstUse = new(big.Int).Add(first, big.NewInt(1))
			lastUse = new(big.Int).Sub(last, big.NewInt(1))
		}
	}
	out.Set("firstUsable", intAddr(firstUse, is4).String())
	out.Set("lastUsable", intAddr(lastUse, is4).String())
	out.Set("cidr", int64(p.Bits()))
	return out, nil
}

func cidrSubnet(c *Ctx, args []any) (any, error) {
	p, err := network("cidrSubnet", args)
	if err != nil {
		return nil, err
	}
	bits, err := intArg("cidrSubnet", args, 1)
	if err != nil {
		return nil, err
	}
	index, err := intArg("cidrSubnet", args, 2)
	if err != nil {
		return nil, err
	}
	total := int64(p.Addr().BitLen())
	if bits < int64(p.Bits()) || bits > total {
		return nil, fmt.Errorf("cidrSubnet: the new CIDR %d must be between %d and %d", bits, p.Bits(), total)
	}
	count := new(big.Int).Lsh(big.NewInt(1), uint(bits-int64(p.Bits())))
	if index < 0 || big.NewInt(index).Cmp(count) >= 0 {
		return nil, fmt.Errorf("cidrSubnet: the subnet index %d must be between 0 and %s", index, count.Sub(count, big.NewInt(1)))
	}
	off := new(big.Int).Lsh(big.NewInt(index), uint(total-bits))
	a := intAddr(off.Add(off, addrInt(p.Addr())), p.Addr().Is4())
	return text(c, "cidrSubnet", fmt.Sprintf("%s/%d", a, bits))
}

func cidrHost(c *Ctx, args []any) (any, error) {
	p, err := network("cidrHost", args)
	if err != nil {
		return nil, err
	}
	index, err := intArg("cidrHost", args, 1)
	if err != nil {
		return nil, err
	}
	is4 := p.Addr().Is4()
	first, last := span(p)
	if is4 && p.Bits() < 31 {
		last.Sub(last, big.NewInt(1))
	}
	host := new(big.Int).Add(first, big.NewInt(index))
	if !is4 || p.Bits() < 31 {
		host.Add(host, big.NewInt(1))
	}
	if index < 0 || host.Cmp(last) > 0 {
		return nil, fmt.Errorf("cidrHost: the host index %d is outside the usable addresses of %s", index, p)
	}
	return text(c, "cidrHost", intAddr(host, is4).String())
}
