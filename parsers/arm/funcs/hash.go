package funcs

import (
	"crypto/sha1" // RFC 4122 defines version 5 UUIDs with SHA-1
	"encoding/binary"
	"fmt"
	"math/bits"
	"strings"
)

// uniqueString and guid hash their arguments joined with '-'.
//
// uniqueString is not documented beyond "a 64-bit hash, 13 characters".
// The algorithm here follows its public descriptions: the UTF-8 bytes of
// the joined arguments go through a 64-bit variant of MurmurHash3 (two
// 32-bit lanes mixing 8-byte blocks with the x86_128 constants, seed 0)
// and the hash is written as 13 characters of the alphabet a-z2-7, five
// bits at a time from the most significant (the last character takes the
// last four bits and a zero). It reproduces the published input/output
// pairs of Azure's implementation (uniqueString('hello', 'world') is
// "a7wkljktk6wne", uniqueString('tyeth') is "zcztcwvu6iyg6"), but it is a
// reconstruction, not Microsoft's code: exactness is not proven for every
// input length.
//
// guid is documented: a version 5 (SHA-1) UUID, RFC 4122 section 4.3, in
// the namespace 11fb06fb-712d-4ddd-98c7-e71bbd588830, of the UTF-8 bytes
// of the joined arguments.

func uniqueString(c *Ctx, args []any) (any, error) {
	s, err := joinedArgs("uniqueString", args)
	if err != nil {
		return nil, err
	}
	return text(c, "uniqueString", encodeUnique(hash64([]byte(s))))
}

func guid(c *Ctx, args []any) (any, error) {
	s, err := joinedArgs("guid", args)
	if err != nil {
		return nil, err
	}
	return text(c, "guid", uuid5(guidNamespace, []byte(s)))
}

func joinedArgs(fn string, args []any) (string, error) {
	parts := make([]string, len(args))
	for i := range args {
		s, err := strArg(fn, args, i)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return strings.Join(parts, "-"), nil
}

// guidNamespace is 11fb06fb-712d-4ddd-98c7-e71bbd588830 in network order.
var guidNamespace = [16]byte{0x11, 0xfb, 0x06, 0xfb, 0x71, 0x2d, 0x4d, 0xdd, 0x98, 0xc7, 0xe7, 0x1b, 0xbd, 0x58, 0x88, 0x30}

// uuid5 returns the name-based UUID of name in namespace ns.
func uuid5(ns [16]byte, name []byte) string {
	h := sha1.New()
	h.Write(ns[:])
	h.Write(name)
	sum := h.Sum(nil)
	u := sum[:16]
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // RFC 4122 variant
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}

// The MurmurHash3 x86_128 constants the 64-bit variant uses.
const (
	murmurC1 = 0x239b961b
	murmurC2 = 0xab0e9789
)

// hash64 is the 64-bit MurmurHash3 variant described above.
func hash64(data []byte) uint64 {
	var h1, h2 uint32
	i := 0
	for ; i+8 <= len(data); i += 8 {
		h1 ^= mixK1(binary.LittleEndian.Uint32(data[i:]))
		h1 = bits.RotateLeft32(h1, 19) + h2
		h1 = h1*5 + 0x561ccd1b
		h2 ^= mixK2(binary.LittleEndian.Uint32(data[i+4:]))
		h2 = bits.RotateLeft32(h2, 13) + h1
		h2 = h2*5 + 0x0bcaa747
	}
	if tail := data[i:]; len(tail) > 0 {
		h1 ^= mixK1(littleEndian(tail[:min(4, len(tail))]))
		if len(tail) > 4 {
			h2 ^= mixK2(littleEndian(tail[4:]))
		}
	}
	n := uint32(len(data))
	h1 ^= n
	h2 ^= n
	h1 += h2
	h2 += h1
	h1 = fmix32(h1)
	h2 = fmix32(h2)
	h1 += h2
	h2 += h1
	return uint64(h2)<<32 | uint64(h1)
}

func mixK1(k uint32) uint32 {
	k *= murmurC1
	k = bits.RotateLeft32(k, 15)
	return k * murmurC2
}

func mixK2(k uint32) uint32 {
	k *= murmurC2
	k = bits.RotateLeft32(k, 17)
	return k * murmurC1
}

// littleEndian reads up to 4 bytes as a little-endian integer.
func littleEndian(b []byte) uint32 {
	var k uint32
	for j, x := range b {
		k |= uint32(x) << (8 * j)
	}
	return k
}

func fmix32(h uint32) uint32 {
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

// encodeUnique writes h as 13 base-32 characters, most significant first.
func encodeUnique(h uint64) string {
	const alphabet = "abcdefghijklmnopqrstuvwxyz234567"
	var out [13]byte
	for i := range out {
		out[i] = alphabet[h>>59]
		h <<= 5
	}
	return string(out[:])
}
