package pem_test

import (
	"fmt"

	"github.com/moatscan/moat/parsers/pem"
)

func ExampleKey() {
	legacy := []byte(`-----BEGIN RSA PRIVATE KEY-----
Proc-Type: 4,ENCRYPTED
DEK-Info: AES-256-CBC,00112233445566778899AABBCCDDEEFF

bm90IGEga2V5
-----END RSA PRIVATE KEY-----
`)
	k := pem.Key(legacy)
	fmt.Println(k.Format, k.PEM, k.Encrypted)

	c := pem.Certificate([]byte("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEA\n-----END OPENSSH PRIVATE KEY-----\n"))
	fmt.Println(c.Format, c.ParseError)
	// Output:
	// legacy-encrypted true true
	// openssh no CERTIFICATE block; found OPENSSH PRIVATE KEY
}
