Hello ${
