package ca.repere;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RepereApplication {

    public static void main(String[] args) {
        SpringApplication.run(RepereApplication.class, args);
    }
}
