package yamltext

import "testing"

func TestText(t *testing.T) {
	tests := []struct {
		name string
		src  string
		byte int
		want string // line:col
	}{
		{"start", "ab\ncd", 0, "1:1"},
		{"second line", "ab\ncd", 4, "2:2"},
		{"crlf", "ab\r\ncd", 5, "2:2"},
		{"lone cr", "ab\rcd", 4, "2:2"},
		{"next line", "a\u0085bc", 4, "2:2"},
		{"line separator", "a\u2028bc", 5, "2:2"},
		{"multi-byte", "é€x", 5, "1:3"},
		{"bom", "\ufeffab", 4, "1:2"},
		{"end", "ab\n", 3, "2:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx := New([]byte(tt.src))
			p := tx.At(tt.byte)
			if got := fmtPos(p.Line, p.Column); got != tt.want {
				t.Errorf("at(%d) = %s, want %s", tt.byte, got, tt.want)
			}
			if back := tx.Pos(p.Line, p.Column); back != p {
				t.Errorf("pos(%d, %d) = %+v, want %+v", p.Line, p.Column, back, p)
			}
			start := tx.At(tx.Starts[0])
			if walked := tx.Advance(start, tt.byte); walked != p {
				t.Errorf("advance to %d = %+v, want %+v", tt.byte, walked, p)
			}
		})
	}
}

func fmtPos(line, col int) string {
	return string(rune('0'+line)) + ":" + string(rune('0'+col))
}
