package plan

import "testing"

func TestMajorOf(t *testing.T) {
	tests := []struct {
		constraint string
		want       int
	}{
		{"~> 4.0", 4},
		{"~>3.0", 3},
		{"~> 3.100", 3},
		{"~> 3.100.1", 3},
		{"~> 3", 3},
		{">= 3.0.0, < 4.0.0", 3},
		{">= 4.0, < 5.0", 4},
		{"=5.0.1", 5},
		{"4.1.0", 4},
		{">=4", 4},
		{"> 3.9.9, < 4.0.0", 3},
		{">= 3.0, >= 4.1", 4},
		{"!= 4.0.0, >= 4.0.0", 4},
		{"4.0.0-beta1", 4},
		{">= 4.0.0, ~> 4.2", 4},
		{"<= 4.0, >= 4.0", 4},
		{"<= 4.0, < 4.0, >= 4.0", 0},
		{"< 4.0, <= 4.0, >= 4.0", 0},
		{"> 4.0, >= 4.0, <= 4.0", 0},
		{"< 5.0", 0},
		{">= 4.0, < 4.0", 0},
		{"~> 4.0, >= 5.0", 0},
		{"", 0},
		{"garbage", 0},
		{">= x", 0},
		{"1.2.3.4", 0},
		{">= 4.0,", 0},
		{"v4", 0},
		{">= -1", 0},
	}
	for _, tt := range tests {
		t.Run(tt.constraint, func(t *testing.T) {
			if got := MajorOf(tt.constraint); got != tt.want {
				t.Errorf("MajorOf(%q) = %d, want %d", tt.constraint, got, tt.want)
			}
		})
	}
}
