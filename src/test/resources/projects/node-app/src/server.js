require("./app");
