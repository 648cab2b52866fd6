package discover

import "testing"

// FuzzByContent checks that classification by content never panics, never
// hangs and gives the same answer twice, whatever the bytes.
func FuzzByContent(f *testing.F) {
	for _, seed := range []string{manifestYAML, manifestJSON, armTemplate, armParams, planJSON, pemBlock,
		composeYAML, chartYAML, "// c\n{/* x */\"$schema\": \"a\\\"b\", \"k\": [1, {\"a\": \"}\"}]}", "{\"a\" /"} {
		for kind := range 3 {
			f.Add([]byte(seed), uint8(kind))
		}
	}
	f.Fuzz(func(t *testing.T, body []byte, kind uint8) {
		c := content(kind % 3)
		first := byContent(body, c)
		if again := byContent(body, c); again != first {
			t.Errorf("byContent gave %q then %q", first, again)
		}
	})
}
